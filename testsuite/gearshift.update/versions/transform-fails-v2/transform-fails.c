/* Version 2 of transform-fails.c: its transformer refuses.  */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; int backlog; } config;

static int
refuse (const void *old, void *new)
{
  (void) old;
  (void) new;
  return 1;
}
GEARSHIFT_TRANSFORM_GLOBAL (config, refuse)

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      printf ("v2 i=%d port=%d\n", i, config.port);
      gearshift_update_point ("tick");
    }
  return 0;
}
