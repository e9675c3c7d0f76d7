/* Version 2 of heap-spare.c: struct big grows by 64 bytes, and a slot's
   hits are its uses; both convert field by field.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct slot { int key; int uses; };
struct big { long a; long more[8]; };

GEARSHIFT_CONVERT_BY_NAME (struct big)
GEARSHIFT_FIELD_RENAMED (struct slot, hits, uses)

static struct slot *slots;
static struct big *big;

static long
total (void)
{
  long t = big->a;
  for (int i = 0; i < 8; i++)
    t += slots[i].key * slots[i].uses;
  return t;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      long more = 0;
      for (int k = 0; k < 8; k++)
	more += big->more[k];
      printf ("v2 i=%d total=%ld more=%ld", i, total (), more);
      if (i == 2)
	{
	  char msg[1024];
	  int status = gearshift_update_status (msg, sizeof msg);
	  printf (" status %d: %s", status, msg);
	}
      printf ("\n");
      gearshift_update_point ("tick");
    }
  return 0;
}
