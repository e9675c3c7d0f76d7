/* Version 2 of global-by-name.c: port is listen_port, after backlog;
   unused is gone; workers is new.  */

#include <stdio.h>
#include <gearshift.h>

struct config { long backlog; int listen_port; int workers; } config
  = { 0, 0, 4 };

GEARSHIFT_FIELD_RENAMED (struct config, port, listen_port)

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      config.backlog += config.listen_port + config.workers;
      printf ("v2 i=%d listen_port=%d backlog=%ld workers=%d\n", i,
	      config.listen_port, config.backlog, config.workers);
      gearshift_update_point ("tick");
    }
  char msg[512];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
