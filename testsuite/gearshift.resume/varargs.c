/* Variadic functions are not instrumented: points in the va_list loop
   they call decline, and the instrumented caller updates after each.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdarg.h>
#include <stdio.h>

static long __attribute__ ((noinline))
vweighted (int count, va_list ap)
{
  long total = 0;
  for (int i = 0; i < count; i++)
    {
      gearshift_update_point ("arg");
      total += (long) va_arg (ap, int) * (i + 1);
    }
  return total;
}

static long __attribute__ ((noinline))
weighted (int count, ...) /* { dg-bogus "not instrumented" "variadic, no loop: no warning" } */
{
  va_list ap;
  va_start (ap, count);
  long total = vweighted (count, ap);
  va_end (ap);
  return total;
}

int
main (void)
{
  long w = 0;
  for (int k = 0; k < 5; k++)
    {
      long a = weighted (6, k, k + 1, k * k, -k, 7, k * 3);
      gearshift_update_point ("between");
      w += a * 10 + weighted (2, k, 100);
    }
  printf ("w=%ld\n", w);
  fflush (stdout);
  return 0;
}

/* { dg-output "^w=5460\n" } */
/* The points below the variadic frames declined; main's updated.  */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[1-9\]\[0-9\]* declined\[^\n\]*\n$" } */
