/* main loops forever until a global counter, bumped by a callee, sets
   stop; updated at every point, it still stops after exactly N rounds.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static volatile int stop;
static unsigned long rounds;

static unsigned long __attribute__ ((noinline))
serve (unsigned long state)
{
  for (int i = 0; i < 4; i++)
    {
      gearshift_update_point ("serve");
      state = state * 6364136223846793005ul + 1442695040888963407ul;
    }
  if (++rounds == 500)
    stop = 1;
  return state;
}

int
main (void)
{
  unsigned long state = 42, mix = 0;
  for (;;)
    {
      if (stop)
	break;
      state = serve (state);
      mix ^= state >> (rounds % 13);
    }
  printf ("rounds=%lu state=%lu mix=%lu\n", rounds, state, mix);
  fflush (stdout);
  return 0;
}

/* { dg-output "^rounds=500 state=3528437947691580858 mix=15045613458902012582\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
