/* Version 2 of heap-void.c: a record has a currency before its amount
   (zero in a converted one); records convert field by field.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

struct cell { void *item; struct cell *next; };
struct rec { short tag; char currency[8]; long amount; };
GEARSHIFT_CONVERT_BY_NAME (struct rec)

static struct cell *items;

static void
hold (void *item)
{
  struct cell *c = malloc (sizeof *c);
  c->item = item;
  c->next = items;
  items = c;
}

static int currency;

static long
total (void)
{
  long t = 0;
  currency = 0;
  for (struct cell *c = items; c; c = c->next)
    {
      struct rec *r = c->item;
      t += r->tag * r->amount;
      for (int k = 0; k < 8; k++)
	currency += r->currency[k];
    }
  return t;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      struct rec *r = malloc (sizeof *r);
      r->tag = i + 1;
      r->amount = 100 * (i + 1);
      for (int k = 0; k < 8; k++)
	r->currency[k] = 0;
      hold (r);
      long t = total ();
      printf ("v2 i=%d total=%ld currency=%d", i, t, currency);
      if (i == 3)
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
