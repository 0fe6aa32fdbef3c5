# Never gives the interpreter back: one C call that holds the GIL (the tracer's watchdog cannot run).
print("summing", flush=True)
print(sum(range(10 ** 15)))
