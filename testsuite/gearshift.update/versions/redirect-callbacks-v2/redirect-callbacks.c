/* Version 2 of redirect-callbacks.c: the handler counts 100 a signal.  */

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

static volatile sig_atomic_t signals;

static void
on_usr1 (int sig)
{
  (void) sig;
  signals += 100;
}

static void
at_end (void)
{
  printf ("v2 at exit: signals=%d\n", (int) signals);
}

int
main (void)
{
  struct sigaction sa;
  sa.sa_handler = on_usr1;
  sigemptyset (&sa.sa_mask);
  sa.sa_flags = 0;
  sigaction (SIGUSR1, &sa, NULL);
  atexit (at_end);
  for (int i = 0; i < 3; i++)
    {
      raise (SIGUSR1);
      printf ("v2 i=%d signals=%d\n", i, (int) signals);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
