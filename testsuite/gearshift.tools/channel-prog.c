/* The program channel.exp runs as other users, setuid, and under
   squatted channel directories: it prints its effective user, then
   ticks every 20 ms, ARGV[1] times (default 500, 10 s), after ARGV[2]
   seconds (default 0) without an update point.  Built with
   -DPRIVILEGED it offers a channel even when run setuid.  */

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <gearshift.h>

#ifdef PRIVILEGED
GEARSHIFT_PRIVILEGED_CHANNEL;
#endif

int ticks;

int
main (int argc, char **argv)
{
  int n = argc > 1 ? atoi (argv[1]) : 500;

  printf ("euid %d\n", (int) geteuid ());
  fflush (stdout);
  sleep (argc > 2 ? atoi (argv[2]) : 0);
  for (int i = 0; i < n; i++)
    {
      ticks++;
      usleep (20000);
      gearshift_update_point ("tick");
    }
  printf ("done %d\n", ticks);
  return 0;
}
