/* Bit-fields whose holding bytes are not a power of two wide (a 20-bit
   field at bit 7, a 40-bit one) are extracted exactly, signed or not.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

struct wide
{
  unsigned int low : 7;
  unsigned int mid : 20;
  unsigned int pad : 5;
  long long big : 40;
  unsigned long long ubig : 24;
};

static void __attribute__ ((noipa))
show (const struct wide *w)
{
  printf ("%u %u %lld %llu\n", w->low, w->mid, (long long) w->big,
	  (unsigned long long) w->ubig);
}

int
main (void)
{
  struct wide w = { 127, 0, 0, -549755813888LL, 0xabcdef };
  for (int i = 0; i < 10; i++)
    {
      w.mid += 100000;
      if (i == 4)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  show (&w);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-bitfield-wide\\.c:26\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-bitfield-wide\\.c:34:\[0-9\]+\\)\n" } */
/* { dg-output "    w = \\{\\.low = 127, \\.mid = 500000, \\.pad = 0, \\.big = -549755813888, \\.ubig = 11259375\\}\n" } */
/* { dg-output "    i = 4\n" } */
/* { dg-output "127 1000000 -549755813888 11259375\n$" } */
