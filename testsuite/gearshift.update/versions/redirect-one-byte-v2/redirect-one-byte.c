/* Version 2 of redirect-one-byte.c: the hook adds 2.  */



#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

typedef void (*hook_fn) (int *);

static void __attribute__ ((noinline))
hook (int *x)
{
  *x += 2;
}

static void __attribute__ ((noinline))
other (int *x)
{
  *x += 10;
}

static hook_fn * __attribute__ ((noinline))
keep (void)
{
  hook_fn *h = malloc (2 * sizeof *h);
  h[0] = hook;
  h[1] = other;
  return h;
}

int
main (void)
{
  hook_fn *h = keep ();
  for (int i = 0; i < 3; i++)
    {
      int r = 0;
      h[0] (&r);
      h[1] (&r);
      printf ("v2 i=%d r=%d\n", i, r);
      if (i == 1)
	;;
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
