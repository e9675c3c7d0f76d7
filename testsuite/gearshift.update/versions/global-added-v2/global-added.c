/* Version 2 of global-added.c: two new globals, FRESH and LABEL, with
   initialisers; the old ones have different initialisers here, which
   the values of version 1 override.  */

#include <stdio.h>
#include <gearshift.h>

int hits = -1;
long sum = -1;
char tag[8] = "two";
int fresh = 77;
const char *label = "new";

int
main (void)
{
  for (int i = 0; i < 6; i++)
    {
      hits++;
      sum += i;
      printf ("v2 i=%d hits=%d sum=%ld tag=%s fresh=%d label=%s\n", i, hits,
	      sum, tag, fresh, label);
      fresh++;
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
