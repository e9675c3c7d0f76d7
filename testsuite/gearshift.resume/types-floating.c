/* float, double and long double locals (and a mixed expression of them)
   carried across updates: values must be bit-identical afterwards.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static double __attribute__ ((noinline))
series (int n)
{
  double s = 0;
  for (int i = 1; i <= n; i++)
    {
      gearshift_update_point ("term");
      s += 1.0 / ((double) i * i);
    }
  return s;
}

int
main (void)
{
  float f = 1.0f / 3.0f;
  double d = 2.0 / 7.0;
  long double ld = 1.0L / 11.0L;
  float fa[3] = { 0.1f, 0.2f, 0.3f };
  for (int k = 1; k <= 12; k++)
    {
      double s = series (k * 3);
      f = f * 1.0625f + (float) s;
      d = d * 0.96875 + s / k;
      ld = ld * 1.03125L - (long double) s / 3;
      fa[k % 3] += f / 64;
    }
  printf ("f=%a d=%a\n", f, d);
  printf ("ld=%La\n", ld);
  printf ("fa=%a %a %a\n", fa[0], fa[1], fa[2]);
  printf ("mixed=%.12Lf\n", ld + d * f);
  fflush (stdout);
  return 0;
}

/* { dg-output "^f=0x1\\.b45804p\\+4 d=0x1\\.e92b0e7fdc17p\\+1\n" } */
/* { dg-output "ld=-0xe\\.97fcd508ff53d99p-1\n" } */
/* { dg-output "fa=0x1\\.111dd8p\\+0 0x1\\.c07de2p-1 0x1\\.1dd34cp\\+0\n" } */
/* { dg-output "mixed=96\\.924590701442\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
