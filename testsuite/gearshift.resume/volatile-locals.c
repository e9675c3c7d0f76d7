/* volatile locals (scalar, array, struct) and register-hinted locals are
   carried across updates: every access still sees the right value.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
tick (int v)
{
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("tick");
      v = v * 7 % 101;
    }
  return v;
}

int
main (void)
{
  volatile int vi = 5;
  volatile double vd = 0.5;
  volatile short varr[4] = { 1, 2, 3, 4 };
  volatile struct { int a; long b; } vs = { 1, 2 };
  register long reg = 9;
  for (int k = 0; k < 20; k++)
    {
      vi += tick (vi + k);
      vd = vd * 1.5 + vi % 3;
      varr[k % 4] += (short) tick (k);
      vs.a ^= vi;
      vs.b += vs.a * reg;
      reg = reg * 3 % 1009 + tick (k + 1);
    }
  printf ("vi=%d vd=%.3f varr=%d,%d,%d,%d vs=%d,%ld reg=%ld\n", vi, vd,
	  varr[0], varr[1], varr[2], varr[3], vs.a, vs.b, reg);
  fflush (stdout);
  return 0;
}

/* { dg-output "^vi=917 vd=3973\\.726 varr=345,187,433,174 vs=701,3054229 reg=227\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
