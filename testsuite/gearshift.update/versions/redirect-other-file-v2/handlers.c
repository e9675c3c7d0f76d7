/* Version 2 of redirect-other-file.c's handlers: handle changed,
   legacy gone.  */

#include <stdio.h>

int
handle (int x)
{
  printf ("v2 handle (%d)\n", x);
  return x + 100;
}
