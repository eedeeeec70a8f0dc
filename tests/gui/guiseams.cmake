# tst_gui_seams: the GUI talks to src/sync only. No file in src/gui includes the sandbox, the
# demo wiring or an API client (only api/urlpolicy.h, the one URL rule the clients share);
# src/gui/CMakeLists.txt checks the link graph the same way at configure time.
#   cmake -DGUI_DIR=<src/gui> -P guiseams.cmake
file(GLOB sources "${GUI_DIR}/*.h" "${GUI_DIR}/*.cpp")
list(LENGTH sources count)
if(count LESS 10)
  message(FATAL_ERROR "only ${count} files found in ${GUI_DIR}: wrong folder?")
endif()
set(problems)
foreach(path IN LISTS sources)
  file(STRINGS "${path}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<](sandbox|demo|api)/")
  foreach(line IN LISTS includes)
    if(NOT line MATCHES "api/urlpolicy\\.h")
      get_filename_component(name "${path}" NAME)
      list(APPEND problems "${name}: ${line}")
    endif()
  endforeach()
endforeach()
if(problems)
  list(JOIN problems "\n  " text)
  message(FATAL_ERROR "src/gui reaches past src/sync:\n  ${text}")
endif()
message(STATUS "${count} files in src/gui include nothing from sandbox/, demo/ or an API client")
