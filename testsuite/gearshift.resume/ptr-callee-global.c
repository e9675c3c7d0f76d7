/* A callee keeps a pointer to its caller's local in a global and, after
   updates in both, writes through it; the caller then reads the local.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int *kept;
static double *kept_d;

static void __attribute__ ((noinline))
remember (int *p, double *d)
{
  kept = p;
  kept_d = d;
}

static void __attribute__ ((noinline))
bump (int n)
{
  for (int i = 0; i < n; i++)
    {
      gearshift_update_point ("bump");
      *kept += i;
      *kept_d *= 1.5;
    }
}

static int __attribute__ ((noinline))
owner (int n)
{
  int mine = 100;
  double scale = 1.0;
  remember (&mine, &scale);
  for (int k = 1; k <= n; k++)
    {
      bump (k);
      mine = mine % 1000 + k;
    }
  return mine + (int) scale % 997;
}

int
main (void)
{
  int a = owner (6);
  int b = owner (11);
  printf ("owner = %d %d\n", a, b);
  fflush (stdout);
  return 0;
}

/* { dg-output "^owner = 158 -97\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
