/* Version 3 of const-chain.c: other contents.  */




#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

static const int limits[2] = { 100, 200 };
static const char name[] = "XYZ";

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
      printf ("v3 i=%d limit=%d same=%d name=%s same=%d\n", i, h->limits[1],
	      h->limits == limits, h->name, h->name == name);
      gearshift_update_point ("tick");
    }
  free (h);
  char msg[300];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("v3: status %d: %s\n", status, msg);
  return 0;
}
