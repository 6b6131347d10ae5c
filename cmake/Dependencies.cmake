# One place for every external dependency, each from Debian 12 packages.
find_package(GDAL 3.6 CONFIG REQUIRED)           # libgdal-dev
find_package(PROJ 9 CONFIG REQUIRED)             # libproj-dev
find_package(GEOS 3.11 CONFIG REQUIRED)          # libgeos-dev (C API geos_c)
find_package(nlohmann_json 3.11 CONFIG REQUIRED) # nlohmann-json3-dev
find_package(Boost 1.74 CONFIG REQUIRED COMPONENTS program_options) # libboost-program-options-dev
# libzip-dev: its CMake config demands the zipcmp tools, so use pkg-config.
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip>=1.7)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n) # libicu-dev (no CMake config shipped)
find_package(SQLite3 REQUIRED)                   # libsqlite3-dev (no CMake config shipped)
find_package(LibXml2 REQUIRED)                   # libxml2-dev (no CMake config shipped)
find_package(ZLIB REQUIRED)                      # zlib1g-dev
find_package(Threads REQUIRED)
find_package(CURL REQUIRED)                      # libcurl4-openssl-dev (update: RSS/Atom feeds)
# libhunspell-dev, with the hunspell-uk and hunspell-ru dictionaries at run
# time: lemmas of Ukrainian and Russian words for the claim lexicons.
pkg_check_modules(HUNSPELL REQUIRED IMPORTED_TARGET hunspell>=1.7)
