/* Version 2 of global-interposed.c: config's fields reordered, one
   renamed, one removed, one new; converted by name.  */

#include <stdio.h>
#include <gearshift.h>

struct config { long backlog; int listen_port; int workers; } config
  = { 0, 0, 4 };
int requests;

GEARSHIFT_FIELD_RENAMED (struct config, port, listen_port)

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      config.backlog += config.listen_port + config.workers;
      requests++;
      printf ("v2 i=%d listen_port=%d backlog=%ld workers=%d requests=%d\n",
	      i, config.listen_port, config.backlog, config.workers,
	      requests);
      gearshift_update_point ("tick");
    }
  char msg[512];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
