/* Version 3 of redirect-chain.c.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

typedef int (*handler) (int);

static int __attribute__ ((noinline))
handle (int x)
{
  return x + 3000;
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
      printf ("v3 i=%d handle=%d same=%d\n", i, (*h) (i), *h == handle);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("v3: status %d: %s\n", status, msg);
  free (h);
  return 0;
}
