/* Version 2 of redirect-libevent.c: a tick counts 10.  */

#include <stdio.h>
#include <event2/event.h>
#include <gearshift.h>

static int ticks;

static void
on_tick (evutil_socket_t fd, short what, void *arg)
{
  (void) fd;
  (void) what;
  *(int *) arg += 10;
  printf ("v2 tick %d\n", *(int *) arg);
}

int
main (void)
{
  struct event_base *base = event_base_new ();
  struct event *ev = event_new (base, -1, EV_PERSIST, on_tick, &ticks);
  struct timeval every = { 0, 1000 };
  event_add (ev, &every);
  for (int i = 0; i < 4; i++)
    {
      event_base_loop (base, EVLOOP_ONCE);
      gearshift_update_point ("turn");
    }
  event_free (ev);
  event_base_free (base);
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}

