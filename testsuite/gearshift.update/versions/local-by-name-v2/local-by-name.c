/* Version 2 of local-by-name.c: struct stats reordered, misses renamed
   lost, spare removed, total added; converted field by field.  */



#include <stdio.h>
#include <gearshift.h>

struct stats { long total; int lost; int hits; };
GEARSHIFT_CONVERT_BY_NAME (struct stats)
GEARSHIFT_FIELD_RENAMED (struct stats, misses, lost)

static struct stats __attribute__ ((noinline))
tally (struct stats s, int i)
{
  s.hits += i;
  s.lost += 2 * i;
  s.total = s.hits + s.lost;
  return s;
}

int
main (void)
{
  struct stats s = { 0, 200, 100 };
  for (int i = 0; i < 4; i++)
    {
      if (i == 2)
	;
      s = tally (s, i);
      printf ("v2 i=%d hits=%d lost=%d total=%ld\n", i, s.hits, s.lost,
	      s.total);
      gearshift_update_point ("tick");
    }
  char msg[200];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
