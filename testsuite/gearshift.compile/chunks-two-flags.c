/* A counted loop that stores two globals and may leave early: LIM keeps
   both in registers with a flag each, and the strip-mined loop gives
   each flag its final value after the test of whether the loop went
   round, all in one block.  Each used to go before that test, which the
   second reads ("definition in block N follows the use"; reduced from
   csmith seed 300443).  */
/* { dg-do compile } */
/* { dg-options "-O3 -fchecking -fplugin-arg-gearshift-points=loops" } */

int *g_90;
int g_533;

int
f (unsigned long p, int *l)
{
  for (g_533 = 0; g_533 != 18; ++g_533)
    {
      g_90 = l;
      if (p)
	break;
    }
  return g_533;
}
