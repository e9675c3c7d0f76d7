# gearshift-plugin.m4: find GCC's plugin support and prove it works.
# Copyright (C) 2026 The gearshift developers.
# This file is part of gearshift, distributed under the GNU General Public
# License version 3 or later; see COPYING.
#
# Modelled on annobin's config/gcc-plugin.m4 and StarPU's m4/gcc.m4.

# GS_GCC_PLUGIN
# -------------
# Find the directory of $CC's plugin headers, check that $CXX can build a
# plugin against them and that $CC loads it, and choose where ours is
# installed.  Each failure names the Debian package that fixes it.
# Substitutes GCC_PLUGIN_DIR (GCC's own plugin directory, whose include/
# holds the headers) and gcc_plugindir (where "make install" puts
# gearshift.so: by default GCC_PLUGIN_DIR, so that -fplugin=gearshift
# finds it by name).  Sets gs_gcc_version.
AC_DEFUN([GS_GCC_PLUGIN],
[AC_REQUIRE([AC_PROG_CC])dnl
AC_REQUIRE([AC_PROG_CXX])dnl
# Clang also defines __GNUC__ (so autoconf's GCC=yes), and silently
# accepts -fplugin with a GCC plugin: rule it out first.
AC_CACHE_CHECK([whether $CC is GCC], [gs_cv_cc_is_gcc],
  [AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[
#if !defined __GNUC__ || defined __clang__
# error not GCC
#endif
]])], [gs_cv_cc_is_gcc=yes], [gs_cv_cc_is_gcc=no])])
AS_IF([test "$gs_cv_cc_is_gcc" != yes],
      [AC_MSG_ERROR([$CC is not GCC, and gearshift is a GCC plugin:
install the Debian package gcc and use CC=gcc])])
gs_gcc_version=`$CC -dumpversion`
gs_gcc_major=`echo "$gs_gcc_version" | sed 's/\..*//'`
AS_IF([test "$gs_gcc_major" != 12],
      [AC_MSG_ERROR([gearshift supports GCC 12's plugin API only, and $CC is
GCC $gs_gcc_version: configure with CC=gcc-12 CXX=g++-12 (Debian packages
gcc-12, g++-12 and gcc-12-plugin-dev)])])
gs_plugin_dev=gcc-$gs_gcc_major-plugin-dev

# AC_PROG_CXX sets CXX=g++ even when there is no C++ compiler at all.
AC_CACHE_CHECK([whether the C++ compiler works], [gs_cv_cxx_works],
  [AC_LANG_PUSH([C++])
   AC_COMPILE_IFELSE([AC_LANG_PROGRAM([[#include <new>]], [[new int;]])],
                     [gs_cv_cxx_works=yes], [gs_cv_cxx_works=no])
   AC_LANG_POP([C++])])
AS_IF([test "$gs_cv_cxx_works" != yes],
      [AC_MSG_ERROR([the plugin is C++ and $CXX does not work:
install the Debian package g++])])

# GCC answers a relative "plugin" when it has no plugin directory.
AC_CACHE_CHECK([for GCC's plugin directory], [gs_cv_gcc_plugin_dir],
  [gs_cv_gcc_plugin_dir=`$CC -print-file-name=plugin`
   AS_IF([test ! -f "$gs_cv_gcc_plugin_dir/include/gcc-plugin.h"],
         [gs_cv_gcc_plugin_dir=no])])
AS_IF([test "$gs_cv_gcc_plugin_dir" = no],
      [AC_MSG_ERROR([$CC has no plugin headers:
install the Debian package $gs_plugin_dev])])
GCC_PLUGIN_DIR=$gs_cv_gcc_plugin_dir
AC_SUBST([GCC_PLUGIN_DIR])

# Compiling against the headers is not enough: a plugin built for another
# GCC, or with the wrong flags, fails only when GCC loads it.  So build a
# plugin that checks the version, and load it.  The files are written by
# hand rather than with AC_LANG_SOURCE, whose confdefs.h would clash with
# the PACKAGE_* macros of GCC's own config.h.
AC_CACHE_CHECK([whether $CC loads a plugin built by $CXX],
               [gs_cv_gcc_plugin_loads],
  [gs_cv_gcc_plugin_loads=no
   cat > conftest-plugin.cc <<_GS_EOF
#include "gcc-plugin.h"
#include "plugin-version.h"
int plugin_is_GPL_compatible;
int
plugin_init (struct plugin_name_args *, struct plugin_gcc_version *version)
{
  return plugin_default_version_check (version, &gcc_version) ? 0 : 1;
}
_GS_EOF
   echo 'int conftest_fn (void) { return 0; }' > conftest.c
   gs_build="$CXX $CXXFLAGS $CPPFLAGS -I$GCC_PLUGIN_DIR/include -fPIC -shared -fno-rtti -o conftest.so conftest-plugin.cc"
   gs_load="$CC -fplugin=./conftest.so -c conftest.c -o conftest.$ac_objext"
   gs_log_eval ()
   {
     AS_ECHO(["$as_me: $[1]"]) >&AS_MESSAGE_LOG_FD
     eval "$[1]" >&AS_MESSAGE_LOG_FD 2>&1
   }
   gs_log_eval "$gs_build" && gs_log_eval "$gs_load" \
     && gs_cv_gcc_plugin_loads=yes
   rm -f conftest-plugin.cc conftest.so conftest.c conftest.$ac_objext])
AS_IF([test "$gs_cv_gcc_plugin_loads" != yes],
      [AC_MSG_ERROR([could not build and load a trivial GCC plugin (see config.log):
install the Debian packages $gs_plugin_dev and g++ matching $CC])])

AC_ARG_WITH([gcc-plugin-dir],
  [AS_HELP_STRING([--with-gcc-plugin-dir=DIR],
     [install the plugin in DIR @<:@GCC's plugin directory@:>@])],
  [gcc_plugindir=$withval], [gcc_plugindir=$GCC_PLUGIN_DIR])
AS_CASE([$gcc_plugindir],
  [yes|no|""], [AC_MSG_ERROR([--with-gcc-plugin-dir needs a directory])])
AC_SUBST([gcc_plugindir])
])
