/* Version 2 of global-field-renamed.c: port is now listen_port.  */

#include <stdio.h>
#include <gearshift.h>

struct config { int listen_port; long backlog; } config = { 80, 16 };

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      config.backlog += config.listen_port;
      printf ("v2 i=%d backlog=%ld\n", i, config.backlog);
      gearshift_update_point ("tick");
    }
  return 0;
}
