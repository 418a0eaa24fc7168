# One CTest test per JS test file, each in its own process (run in parallel with ctest -j).
#   parallel/<name>       : test/parallel under lode
#   lode/<name>           : test/lode (lode-only features) under lode
#   node/parallel/<name>  : test/parallel under node, when node is installed, proving each
#                           test encodes node's behaviour rather than lode's
file(GLOB LODE_PARALLEL_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/test/parallel/test-*.js")
file(GLOB LODE_ONLY_TESTS CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/test/lode/test-*.js")
# test/known_issues: node behaviour lode does not have yet. Each must pass under node and is
# expected to fail under lode; when one starts passing, the run fails so it moves to parallel/.
file(GLOB LODE_KNOWN_ISSUES CONFIGURE_DEPENDS "${CMAKE_SOURCE_DIR}/test/known_issues/test-*.js")
find_program(NODE_EXECUTABLE node)

set(LODE_TEST_ENV "LODE_TEST_TMPDIR=${CMAKE_BINARY_DIR}/tmp")

foreach(test_file ${LODE_PARALLEL_TESTS})
  get_filename_component(test_name "${test_file}" NAME_WE)
  add_test(NAME "parallel/${test_name}" COMMAND lode "${test_file}"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  set_tests_properties("parallel/${test_name}" PROPERTIES LABELS "parallel" TIMEOUT 60
                       ENVIRONMENT "${LODE_TEST_ENV}")
  if(NODE_EXECUTABLE)
    add_test(NAME "node/parallel/${test_name}" COMMAND "${NODE_EXECUTABLE}" "${test_file}"
             WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
    set_tests_properties("node/parallel/${test_name}" PROPERTIES LABELS "node" TIMEOUT 60
                         ENVIRONMENT "${LODE_TEST_ENV}")
  endif()
endforeach()

foreach(test_file ${LODE_ONLY_TESTS})
  get_filename_component(test_name "${test_file}" NAME_WE)
  add_test(NAME "lode/${test_name}" COMMAND lode "${test_file}"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  set_tests_properties("lode/${test_name}" PROPERTIES LABELS "lode" TIMEOUT 60
                       ENVIRONMENT "${LODE_TEST_ENV}")
  # Timing-sensitive tests run alone, so the rest of the suite does not load the machine.
  if(test_name MATCHES "loop-order-fuzz|warn-blocked|thread-pool")
    set_tests_properties("lode/${test_name}" PROPERTIES RUN_SERIAL TRUE)
  endif()
endforeach()

foreach(test_file ${LODE_KNOWN_ISSUES})
  get_filename_component(test_name "${test_file}" NAME_WE)
  add_test(NAME "known_issues/${test_name}" COMMAND lode "${test_file}"
           WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
  set_tests_properties("known_issues/${test_name}" PROPERTIES LABELS "known_issues" TIMEOUT 60
                       WILL_FAIL TRUE ENVIRONMENT "${LODE_TEST_ENV}")
  if(NODE_EXECUTABLE)
    add_test(NAME "node/known_issues/${test_name}" COMMAND "${NODE_EXECUTABLE}" "${test_file}"
             WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}")
    set_tests_properties("node/known_issues/${test_name}" PROPERTIES LABELS "node" TIMEOUT 60
                         ENVIRONMENT "${LODE_TEST_ENV}")
  endif()
endforeach()

# lode talks to V8 through V8's API only: no node:: or napi_ symbol may be imported from libnode.
add_test(NAME "build/no-libnode-symbols"
         COMMAND "${CMAKE_SOURCE_DIR}/tools/check-v8-only" "$<TARGET_FILE:lode>" "${CMAKE_SOURCE_DIR}"
                 "${V8_LIB_DIR}/libnode.so.108")
