/* A function that a system header declares (here a header with
   "#pragma GCC system_header") and the program defines, instrumented, in
   another unit (aux/sysdecl-b.c): this unit calls it as it calls the C
   library, without a check after the call.  An update requested while
   it runs waits until it has returned (its points decline), instead of
   unwinding it into a caller that would take its dummy result for the
   real one.  */
/* { dg-do run } */
/* { dg-additional-sources "aux/sysdecl-b.c" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include "aux/sysdecl.h"
#include <gearshift.h>
#include <stdio.h>

int
main (void)
{
  long total = 0;
  for (int n = 1; n <= 20; n++)
    {
      gearshift_update_point ("main");
      total += sys_sum (n * 100);
    }
  printf ("total = %ld\n", total);
  fflush (stdout);
  return 0;
}

/* { dg-output "^total = 14412740\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[1-9\]\[0-9\]* declined\[^\n\]*\n$" } */
