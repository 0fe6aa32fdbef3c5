// SPDX-License-Identifier: MIT
#pragma once
// Everything in the engine in one include.

#include "coroscope/chrome_trace.h"
#include "coroscope/clock.h"
#include "coroscope/coroutine.h"
#include "coroscope/errors.h"
#include "coroscope/executor.h"
#include "coroscope/future.h"
#include "coroscope/gather.h"
#include "coroscope/loop.h"
#include "coroscope/print.h"
#include "coroscope/run.h"
#include "coroscope/sleep.h"
#include "coroscope/task.h"
#include "coroscope/trace.h"
#include "coroscope/trace_recorder.h"
