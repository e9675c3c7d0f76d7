/* gearshift.compile/chunks-cunroll.c's loops, run: 8192
   iterations of the outer loop, strip-mined at -O3 once its inner loop
   is unrolled, at every -O level, with an update at every point
   reached.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdint.h>
#include <stdio.h>

int8_t g_599;

static uint32_t __attribute__ ((noinline))
func (uint32_t start)
{
  uint32_t l_1164 = start;
  int32_t l_1148 = 1;
lbl:
  for (g_599 = 0; g_599 < 6; g_599++)
    if (l_1148)
      continue;
  ++l_1164;
  if (l_1164)
    goto lbl;
  return l_1164;
}

int
main (void)
{
  uint32_t r = func (0xffffe000u);
  printf ("r = %u, g_599 = %d\n", r, g_599);
  fflush (stdout);
  return 0;
}

/* { dg-output "^r = 0, g_599 = 6\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
