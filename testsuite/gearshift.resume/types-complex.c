/* _Complex float, double, long double and int locals carried across
   updates in a loop of calls, then printed part by part.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static _Complex double __attribute__ ((noinline))
rotate (_Complex double z, int times)
{
  for (int i = 0; i < times; i++)
    {
      gearshift_update_point ("rotate");
      z = z * (0.6 + 0.8i);
    }
  return z;
}

int
main (void)
{
  _Complex float cf = 1.0f + 2.0fi;
  _Complex double cd = 0.5 - 0.25i;
  _Complex long double cl = 3.0L + 1.0Li;
  _Complex int ci = 3 + 4i;
  for (int k = 1; k <= 7; k++)
    {
      _Complex double r = rotate (cd, k);
      cf = cf * (_Complex float) r + 1.0f;
      cd = r + cd / 2;
      cl = cl * (_Complex long double) r - 0.5L;
      ci = ci * (1 + 1i) - k;
    }
  printf ("cf=%a,%a\n", __real__ cf, __imag__ cf);
  printf ("cd=%a,%a\n", __real__ cd, __imag__ cd);
  printf ("cl=%La,%La\n", __real__ cl, __imag__ cl);
  printf ("ci=%d,%d\n", __real__ ci, __imag__ ci);
  fflush (stdout);
  return 0;
}

/* { dg-output "^cf=0x1\\.83711p\\+0,0x1\\.cef24cp-3\n" } */
/* { dg-output "cd=0x1\\.29bf49373c84ap-1,0x1\\.8a637e8a75a23p-3\n" } */
/* { dg-output "cl=-0xc\\.6042dd3a7fdabb7p-4,-0xe\\.03686faeec9471p-7\n" } */
/* { dg-output "ci=71,0\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
