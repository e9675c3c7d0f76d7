/* Version 1 of redirect-other-file.c's handlers: public functions
   without update points whose address only the other file takes.  */

#include <stdio.h>

int
handle (int x)
{
  printf ("v1 handle (%d)\n", x);
  return x + 1;
}

int
legacy (int x)
{
  printf ("v1 legacy (%d)\n", x);
  return x;
}
