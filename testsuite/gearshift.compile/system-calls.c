/* Calls to functions that a system header declares and the unit does
   not define (the C library's) are not unwind points: no frame of the
   C library's is ever below a captured one.  A function whose only
   calls are such, with no loop, is left alone entirely, and -Wall
   -Wextra find nothing to say about it (no -Wnonnull from a low-gear
   clone).  The metadata lists the functions so called, for the
   runtime.  A function of the program's own declaration still is an
   unwind point.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -Wextra -fplugin-arg-gearshift-dump" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *
dup_line (const char *path)
{
  FILE *f = fopen (path, "r");
  char buf[256];
  if (!f)
    return NULL;
  char *r = fgets (buf, sizeof buf, f) ? strdup (buf) : NULL;
  fclose (f);
  return r;
}

extern int own (const char *);

int
uses_own (const char *path)
{
  char *line = dup_line (path);
  int n = line ? own (line) : 0;
  free (line);
  return n;
}

/* { dg-final { scan-gearshift-dump "function dup_line: not instrumented: no need" } } */
/* { dg-final { scan-gearshift-dump "function uses_own: instrumented, 1 points" } } */
/* { dg-final { scan-gearshift-dump "point 0 call:own:1 kind=call" } } */
/* { dg-final { scan-gearshift-dump-times "kind=call" 1 } } */
/* { dg-final { scan-gearshift-file system-calls.s {\.string\t"fclose"(?:.|\n)*\.string\t"fgets"(?:.|\n)*\.string\t"fopen"(?:.|\n)*\.string\t"strdup"} } } */
