/* Version 2 of redirect-other-file.c: legacy is gone; the frame of
   main goes on from the point "tick" with c->old still holding version
   1's legacy.  */

#include <stdio.h>
#include <stdlib.h>
#include <gearshift.h>

extern int handle (int);

struct conn
{
  int (*on_read) (int);
  int (*old) (int);
};

int (*held) (int) = handle;

int
main (void)
{
  struct conn *c = malloc (sizeof *c);
  c->on_read = handle;
  c->old = NULL;
  long total = 0;
  for (int i = 0; i < 3; i++)
    {
      total += c->on_read (i);
      total += c->old (i);
      total += held (10 * i);
      printf ("v2 i=%d total=%ld same=%d%d\n", i, total,
	      c->on_read == handle, held == handle);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  free (c);
  return 0;
}
