/* Version 2 of redirect-chain.c.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

typedef int (*handler) (int);

static int __attribute__ ((noinline))
handle (int x)
{
  return x + 200;
}

static handler * __attribute__ ((noinline))
keep (void)
{
  handler *h = malloc (sizeof *h);
  *h = handle;
  return h;
}

int
main (void)
{
  handler *h = keep ();
  for (int i = 0; i < 4; i++)
    {
      printf ("v2 i=%d handle=%d same=%d\n", i, (*h) (i), *h == handle);
      if (i == 2)
	gearshift_request_update ("./redirect-chain-v3.so");
      gearshift_update_point ("tick");
    }
  free (h);
  return 0;
}
