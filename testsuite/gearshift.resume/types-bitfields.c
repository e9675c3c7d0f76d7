/* Structs with signed, unsigned, _Bool and wide bit-fields as locals,
   updated field by field around calls that reach update points.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

struct flags
{
  unsigned a : 3;
  signed b : 5;
  _Bool c : 1;
  unsigned long long wide : 43;
  int d : 17;
  unsigned : 0;
  unsigned e : 1;
};

static int __attribute__ ((noinline))
nudge (int v)
{
  int r = v;
  for (int i = 0; i < 2; i++)
    {
      gearshift_update_point ("nudge");
      r = r * 3 + 1;
    }
  return r;
}

int
main (void)
{
  struct flags fl = { 5, -7, 1, 0x123456789abull, -40000, 1 };
  struct flags other = { 0 };
  for (int k = 0; k < 11; k++)
    {
      fl.a += nudge (k);
      fl.b -= nudge (k + 1);
      fl.c = !fl.c;
      fl.wide = fl.wide * 3 + (unsigned) nudge (k);
      fl.d += nudge (fl.a) * 7;
      fl.e ^= (unsigned) nudge (k) & 1;
      other.a = fl.a ^ (unsigned) k;
      other.d = fl.d / 2 - nudge (other.a);
    }
  printf ("a=%u b=%d c=%d wide=%llu d=%d e=%u\n", fl.a, fl.b, fl.c,
	  (unsigned long long) fl.wide, fl.d, fl.e);
  printf ("other a=%u d=%d\n", other.a, other.d);
  fflush (stdout);
  return 0;
}

/* { dg-output "^a=0 b=-5 c=0 wide=2111062935646 d=-37487 e=0\n" } */
/* { dg-output "other a=2 d=-18765\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
