/* Functions that were on the stack return long double, _Complex double
   and float values (x87 and SSE return registers) to resumed callers.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static long double __attribute__ ((noinline))
harmonic (int n)
{
  long double s = 0;
  for (int i = 1; i <= n; i++)
    {
      gearshift_update_point ("harmonic");
      s += 1.0L / i;
    }
  return s;
}

static _Complex double __attribute__ ((noinline))
spiral (int n)
{
  _Complex double z = 1;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("spiral");
      z = z * (0.9 + 0.1i) + (double) harmonic (i % 4 + 1) * 0.01;
    }
  return z;
}

static float __attribute__ ((noinline))
shrink (int n)
{
  float f = 100;
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("shrink");
      f = f * 0.875f + (float) __real__ spiral (i % 3);
    }
  return f;
}

int
main (void)
{
  long double h = harmonic (40);
  _Complex double z = spiral (12);
  float f = shrink (9);
  long double mix = h * (long double) __imag__ z + f;
  printf ("h=%La\n", h);
  printf ("z=%a,%a\n", __real__ z, __imag__ z);
  printf ("f=%a mix=%La\n", f, mix);
  fflush (stdout);
  return 0;
}

/* { dg-output "^h=0x8\\.8e9d317585378e7p-1\n" } */
/* { dg-output "z=0x1\\.673d489cb52e7p-3,0x1\\.607693a5dfd8bp-2\n" } */
/* { dg-output "f=0x1\\.18f756p\\+5 mix=0x9\\.25fb267f306c426p\\+2\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
