/* Version 2 of threads-wait-lib.c: the callback says v2 and stops the
   loop; main's wait ends at once (ticks is not zero after the update),
   it reports the update and sends the event.  */

#include <gearshift.h>
#include <poll.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

volatile int stop, ticks;
static int pipefd[2];

static void
on_event (void)
{
  char c;
  if (read (pipefd[0], &c, 1) == 1)
    printf ("v2 event\n");
  stop = 1;
}

static void __attribute__ ((noipa))
event_loop (void (*callback) (void))
{
  struct pollfd p = { .fd = pipefd[0], .events = POLLIN };
  while (!stop)
    if (poll (&p, 1, 10000) > 0)
      callback ();
}

static void *
worker (void *arg)
{
  (void) arg;
  event_loop (on_event);
  return NULL;
}

int
main (void)
{
  pthread_t t;
  char msg[1024];
  if (pipe (pipefd))
    return 1;
  pthread_create (&t, NULL, worker, NULL);
  usleep (20000);
  for (int k = 0; k < 1000 && !ticks; k++)
    {
      usleep (1000);
      gearshift_update_point ("wait");
    }
  printf ("status %d: %s\n", gearshift_update_status (msg, sizeof msg), msg);
  fflush (stdout);
  if (write (pipefd[1], "x", 1) != 1)
    return 1;
  pthread_join (t, NULL);
  return 0;
}
