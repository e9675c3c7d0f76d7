/* Version 2 of fnptr-inlined.c: op prints "v2" and multiplies by 100;
   main calls it once directly, and never takes its address.  */

#include <stdio.h>
#include <gearshift.h>

static int
op (int x)
{
  for (int k = 0; k < 1; k++)
    {
      gearshift_update_point ("op");
      printf ("v2 op (%d)\n", x);
    }
  return x * 100;
}

int (*g_op) (int);

int
main (void)
{
  long total = 0;
  for (int i = 0; i < 5; i++)
    {
      if (i == 2)
	gearshift_request_update ("./fnptr-inlined-v2.so");
      total += g_op (i);
      total += op (1000 + i) / 100;
      printf ("v2 i=%d total=%ld\n", i, total);
      gearshift_update_point ("tick");
    }
  char msg[256];
  int status = gearshift_update_status (msg, sizeof msg);
  printf ("status %d: %s\n", status, msg);
  return 0;
}
