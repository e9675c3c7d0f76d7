/* gearshift.compile/chunks-latch-merge.c's loop, run: 8192
   iterations strip-mined with the check between runs, at every -O
   level, with an update at every point reached.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-points=loops" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdint.h>
#include <stdio.h>

int32_t g_3;
int8_t g_22, g_833;
volatile uint32_t start = 0xFFFFE000u;

static uint32_t __attribute__ ((noinline))
func_1 (uint32_t *laps)
{
  int32_t l_6 = -1;
  int32_t *l_9 = &l_6;
  int32_t *l_14[5];
  uint32_t l_15 = start;
  int8_t *l_832[2][6] = { { &g_833, &g_833, &g_833, &g_833, &g_833, &g_833 },
			  { &g_833, &g_833, &g_833, &g_833, &g_833, &g_833 } };
  int i;
  for (i = 0; i < 5; i++)
    l_14[i] = &g_3;
lbl_2150:
  l_15++;
  for (l_6 = 0; (l_6 <= 4); l_6 += 1)
    {
      uint8_t l_20[8][9] = { { 1UL, 0x50L, 0UL } };
      int32_t l_2147[4] = { (-10L), (-10L), (-10L), (-10L) };
      (void) l_20;
      (void) l_2147;
    }
  if (l_15)
    goto lbl_2150;
  *laps += 1;
  return l_15 + (uint32_t) *l_9 + (uint32_t) (l_14[4] == &g_3)
	 + (uint32_t) (l_832[1][5] == &g_833);
}

int
main (void)
{
  uint32_t laps = 0, sum = 0;
  for (int k = 0; k < 3; k++)
    sum += func_1 (&laps);
  printf ("sum = %u, laps = %u\n", sum, laps);
  fflush (stdout);
  return 0;
}

/* { dg-output "^sum = 21, laps = 3\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, 0 declined\[^\n\]*\n$" } */
