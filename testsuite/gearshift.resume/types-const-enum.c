/* const locals (scalar, array, struct), enums and pointers to const data
   stay right across updates and still select the right branches.
   short-loop=0: its loops are short, and would otherwise run without a
   check (gs-chunks.cc), so that no update would land.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-short-loop=0" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

enum colour { RED = -3, GREEN = 7, BLUE = 1000 };
enum small { S0, S1, S2, S3 };

static int __attribute__ ((noinline))
spin (int n)
{
  int r = 0;
  while (n-- > 0)
    r += n;
  return r;
}

int
main (int argc, char **argv)
{
  const int limit = 7 + argc;
  const char table[] = "qwertyuiop";
  const struct { int lo, hi; } range = { 3, 30 + argc };
  const char *const name = argv[0] ? "prog" : "none";
  enum colour c = RED;
  enum small s = S3;
  long out = 0;
  for (int k = 0; k < limit; k++)
    {
      int v = spin (k + range.lo);
      switch (c)
	{
	case RED: c = GREEN; break;
	case GREEN: c = BLUE; break;
	default: c = RED; break;
	}
      s = (enum small) ((s + v) % 4);
      out = out * 5 + table[(v + s) % 10] + c + (v > range.hi);
    }
  printf ("%s limit=%d c=%d s=%d out=%ld\n", name, limit, c, s, out);
  fflush (stdout);
  return 0;
}

/* { dg-output "^prog limit=8 c=1000 s=3 out=27980582\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
