/* A loop whose exit test is in its header and whose check ends the
   iteration, after statements that LIM leaves in it: in the low-gear
   clone GCC does not copy its header (csmith seed 311210), and the loop
   runs between checks in runs of at most short-loop iterations all the
   same, the check moved to the next test, where the header's PHIs hold
   what the check saved (gs-chunks.cc, "after the body").  With an
   update at every point reached, and a short short-loop, it computes
    what it computes without the plugin.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-gear=low -fplugin-arg-gearshift-short-loop=7" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <stdio.h>
#include <stdint.h>

struct s { uint8_t f1; } g_123;
volatile int *g_4002;
int ***g_3370;
int g_1922[4];
int x, *px = &x, **ppx = &px;
unsigned long sum;

static void __attribute__ ((noinline))
run (int n)
{
  for (int k = 0; k < n; k++)
    for (g_123.f1 = 25; g_123.f1 >= 25; g_123.f1 = g_123.f1 + 9)
      {
	(void) g_4002;
	***g_3370 = k;
	g_1922[1] = k;
	sum += g_123.f1 & 7;
      }
}

int
main (void)
{
  g_3370 = &ppx;
  run (300);
  printf ("%lu %d %u\n", sum, x, g_123.f1);
  return 0;
}

/* { dg-output "^26100 299 3\n$" } */
