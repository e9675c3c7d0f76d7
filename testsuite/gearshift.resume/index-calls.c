/* Calls in array indices and in the stored value (a[f (i)] += g (a[h (j)])):
   the index computed before an update is still used after it.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
hash (int i, int mod)
{
  unsigned h = 2166136261u;
  for (int b = 0; b < 4; b++)
    {
      gearshift_update_point ("hash");
      h = (h ^ ((unsigned) i >> (8 * b) & 0xff)) * 16777619u;
    }
  return (int) (h % (unsigned) mod);
}

static int __attribute__ ((noinline))
triangle (int n)
{
  int t = n;
  for (int i = 0; i < n; i++)
    {
      t += i;
      gearshift_update_point ("triangle");
    }
  return t;
}

int
main (void)
{
  int a[17] = { 0 };
  int b[5][7] = { { 0 } };
  for (int i = 0; i < 50; i++)
    {
      a[hash (i, 17)] += triangle (a[hash (i * 3, 17)] % 9 + 1);
      b[hash (i, 5)][hash (i + 100, 7)] ^= a[triangle (i % 6) % 17];
    }
  long cs = 0;
  for (int i = 0; i < 17; i++)
    cs = cs * 7 + a[i];
  for (int i = 0; i < 5; i++)
    for (int j = 0; j < 7; j++)
      cs = cs * 3 + b[i][j];
  printf ("a0=%d a16=%d cs=%ld\n", a[0], a[16], cs);
  fflush (stdout);
  return 0;
}

/* { dg-output "^a0=0 a16=57 cs=379506959376871569\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
