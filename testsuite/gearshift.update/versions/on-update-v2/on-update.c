/* Version 2 of on-update.c: a total of the table, kept as it changes;
   computed at start-up, or at the update.  */

#include <stdio.h>
#include <gearshift.h>

int table[4];
int total;
int updates;

static void
compute_total (void)
{
  total = 0;
  for (int i = 0; i < 4; i++)
    total += table[i];
}

static void
after_update (void)
{
  compute_total ();
  updates++;
}
GEARSHIFT_ON_UPDATE (after_update)

int
main (void)
{
  for (int i = 0; i < 4; i++)
    table[i] = 10 * (i + 1);
  compute_total ();
  for (int i = 0; i < 4; i++)
    {
      table[i] += 1;
      total += 1;
      printf ("v2 i=%d table[i]=%d total=%d updates=%d\n", i, table[i],
	      total, updates);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
