/* Signed and unsigned bit-fields, including ones that straddle a byte
   and negative values, are extracted from a struct local's bytes.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_REPORT=1" } */

#include <gearshift.h>
#include <stdio.h>

struct flags
{
  unsigned int ready : 1;
  signed int delta : 5;
  unsigned int mode : 3;
  int wide : 12;
  unsigned char small : 2;
};

static void __attribute__ ((noipa))
show (const struct flags *f)
{
  printf ("%u %d %u %d %u\n", f->ready, f->delta, f->mode, f->wide,
	  f->small);
}

int
main (void)
{
  struct flags f = { 1, -16, 5, -2000, 3 };
  for (int i = 0; i < 10; i++)
    {
      f.mode = i;
      f.delta += 3;
      if (i == 6)
	gearshift_request_update (0);
      gearshift_update_point ("here");
    }
  show (&f);
  return 0;
}

/* { dg-output "^gearshift: captured 1 frames \\(innermost first\\)\n" } */
/* { dg-output "#0 main \\(\[^\n\]*types-bitfield\\.c:26\\) at point \[0-9\]+ \"here\" \\(explicit, \[^\n\]*types-bitfield\\.c:35:\[0-9\]+\\)\n" } */
/* { dg-output "    f = \\{\\.ready = 1, \\.delta = 5, \\.mode = 6, \\.wide = -2000, \\.small = 3\\}\n" } */
/* { dg-output "    i = 6\n" } */
/* { dg-output "1 14 1 -2000 3\n$" } */
