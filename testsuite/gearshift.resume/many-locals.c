/* Twenty-four live locals of mixed types across each call (more than the
   registers): every one is saved, restored and used after the updates.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static int __attribute__ ((noinline))
poke (int v)
{
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("poke");
      v = v * 5 + 1;
    }
  return v & 0xff;
}

int
main (void)
{
  int a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8;
  long i = 9, j = 10, k = 11, l = 12, m = 13, n = 14;
  double p = 0.5, q = 1.5, r = 2.5, s = 3.5, t = 4.5;
  unsigned char u = 200, v = 100;
  short w = -5, x = -6, y = -7;
  for (int round = 0; round < 12; round++)
    {
      int z = poke (round);
      a += z; b ^= a; c -= b; d += c * 3; e ^= d >> 2; f += e; g -= f;
      h ^= g + z;
      i += h; j -= i; k ^= j; l += k; m -= l; n ^= m;
      p += z * 0.25; q -= p / 4; r *= 1.0625; s += q; t -= r / 8;
      u += (unsigned char) z; v ^= u;
      w += (short) (z - 100); x -= w; y ^= x;
    }
  printf ("%d %d %d %d %d %d %d %d\n", a, b, c, d, e, f, g, h);
  printf ("%ld %ld %ld %ld %ld %ld\n", i, j, k, l, m, n);
  printf ("%.4f %.4f %.4f %.4f %.4f\n", p, q, r, s, t);
  printf ("%u %u %d %d %d\n", u, v, w, x, y);
  fflush (stdout);
  return 0;
}

/* { dg-output "^1211 1922 -7190 -74789 20847 25823 -42384 -50821\n" } */
/* { dg-output "-28568 -7263 59285 -3191 111297 -26009\n" } */
/* { dg-output "303\\.0000 -428\\.1250 5\\.1747 -1624\\.8125 -1\\.1838\n" } */
/* { dg-output "130 220 5 1004 -1256\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
