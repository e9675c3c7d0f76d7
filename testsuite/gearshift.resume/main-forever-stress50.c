/* A server-like main loops until a global counter says stop, with an
   update requested every 50 us by the stress thread: many timed updates.  */
/* { dg-do run } */
/* { dg-run-env "GEARSHIFT_STRESS=50" } */
/* { dg-run-env "GEARSHIFT_STATS=1" } */

#include <gearshift.h>
#include <stdio.h>

static volatile int stop;
static unsigned long served;

struct request { unsigned long id; unsigned sum; };

static unsigned __attribute__ ((noinline))
handle (struct request *r)
{
  unsigned h = (unsigned) r->id;
  for (int i = 0; i < 2000; i++)
    {
      gearshift_update_point ("handle");
      h = h * 2654435761u ^ (h >> 13);
    }
  r->sum += h;
  if (++served == 12000)
    stop = 1;
  return h & 0xffff;
}

/* On a loaded machine the stress thread may first run after the work is
   over: wait (about 2 s at most) until its first update has landed.  */
static void
wait_for_stress (void)
{
  for (long i = 0; i < 20000000 && gearshift_last_pause (0, 0) < 0; i++)
    gearshift_update_point ("warm-up");
}

int
main (void)
{
  struct request req = { 0, 0 };
  unsigned long small = 0;
  wait_for_stress ();
  while (!stop)
    {
      req.id++;
      small += handle (&req);
    }
  printf ("served=%lu id=%lu sum=%u small=%lu\n", served, req.id, req.sum,
	  small);
  fflush (stdout);
  return 0;
}

/* { dg-output "^served=12000 id=12000 sum=4005926741 small=393189205\n" } */
/* { dg-output "gearshift: \[1-9\]\[0-9\]* updates, \[0-9\]+ declined\[^\n\]*\n$" } */
