# `cmake --install build --prefix X`: headers, libNBC-C, the runtime, the
# tools and NBCConfig.cmake, so an outside project can
#   find_package(NBC REQUIRED CONFIG)   # -DNBC_DIR=X/lib/cmake/nbc
#   target_link_libraries(app PRIVATE NBC::NBC-C)
include(CMakePackageConfigHelpers)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/nbc-c
  DESTINATION include FILES_MATCHING PATTERN "*.h")

if(TARGET nbc-opt)
  set_target_properties(nbc-opt PROPERTIES
    INSTALL_RPATH "$ORIGIN/../lib;${LLVM_LIBRARY_DIR}")
  install(TARGETS nbc-opt RUNTIME DESTINATION bin)
endif()

install(EXPORT NBCTargets NAMESPACE NBC::
  DESTINATION lib/cmake/nbc FILE NBCTargets.cmake)
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake/NBCConfig.cmake.in
  ${PROJECT_BINARY_DIR}/lib/cmake/nbc/NBCConfig.cmake
  INSTALL_DESTINATION lib/cmake/nbc)
install(FILES ${PROJECT_BINARY_DIR}/lib/cmake/nbc/NBCConfig.cmake
  DESTINATION lib/cmake/nbc)
