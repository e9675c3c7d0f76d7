/* Version 2 of const-chain.c: other contents.  */




#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

static const int limits[2] = { 10, 20 };
static const char name[] = "xyz";

struct held { const int *limits; const char *name; };

static struct held * __attribute__ ((noinline))
hold (void)
{
  struct held *h = malloc (sizeof *h);
  h->limits = limits;
  h->name = name;
  return h;
}

int
main (void)
{
  struct held *h = hold ();
  for (int i = 0; i < 4; i++)
    {
      printf ("v2 i=%d limit=%d same=%d name=%s same=%d\n", i, h->limits[1],
	      h->limits == limits, h->name, h->name == name);
      if (i == 2)
	gearshift_request_update ("./const-chain-v3.so");
      gearshift_update_point ("tick");
    }
  free (h);
  return 0;
}
