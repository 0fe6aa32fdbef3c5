# SPDX-License-Identifier: MIT
# The translations are in sync with the sources (lupdate, run on a copy exactly as the
# update_translations target runs it, changes nothing) and complete (no unfinished, vanished or
# obsolete entry). Variables: LUPDATE, GENERATOR (Qt's GenerateLUpdateProject.cmake), PROJECT_IN
# (the target's .lupdate/*_project.cmake), LUPDATE_DIR (where the target runs it), TS_FILES, WORK_DIR.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" "-DIN_FILE=${PROJECT_IN}" "-DOUT_FILE=${WORK_DIR}/project.json"
                        -P "${GENERATOR}" RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "could not write the lupdate project")
endif()
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -silent -project "${WORK_DIR}/project.json" -ts "${WORK_DIR}/${name}"
                    WORKING_DIRECTORY "${LUPDATE_DIR}" RESULT_VARIABLE failed)
    if(failed)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    file(READ "${ts}" before)
    file(READ "${WORK_DIR}/${name}" after)
    # Locations are written relative to the .ts file, and the copy lives elsewhere: compare them
    # by file name and line.
    string(REGEX REPLACE "filename=\"[^\"]*/" "filename=\"" before "${before}")
    string(REGEX REPLACE "filename=\"[^\"]*/" "filename=\"" after "${after}")
    if(NOT before STREQUAL after)
        message(FATAL_ERROR "${name} is out of date: run `cmake --build build --target update_translations` and translate what is new")
    endif()
    foreach(kind unfinished vanished obsolete)
        string(REGEX MATCHALL "type=\"${kind}\"" found "${after}")
        list(LENGTH found count)
        if(count GREATER 0)
            message(FATAL_ERROR "${name}: ${count} ${kind} entries")
        endif()
    endforeach()
    string(REGEX MATCHALL "<message" messages "${after}")
    list(LENGTH messages count)
    message(STATUS "${name}: ${count} strings, all translated, in sync with the sources")
endforeach()
