/* Version 2 of heap-type-hint.c: config gains a field; a transformer
   converts the global, the only object of the type there is.  */

#include <stdio.h>
#include <gearshift.h>

struct config { int port; int backlog; } config = { 0, 0 };
int requests;

struct config_v1 { int port; };

static int
widen (const void *old, void *new)
{
  const struct config_v1 *o = old;
  struct config *n = new;
  n->port = o->port + 8000;
  n->backlog = 16;
  return 0;
}
GEARSHIFT_TRANSFORM_GLOBAL (config, widen)
GEARSHIFT_TYPE_NOT_IN_HEAP (struct config)

__attribute__ ((noinline)) static int
port_of (const struct config *c)
{
  return c->port;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    {
      requests += port_of (&config);
      printf ("v2 i=%d port=%d backlog=%d requests=%d\n", i, config.port,
	      config.backlog, requests);
      gearshift_update_point ("tick");
    }
  char msg[512];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
