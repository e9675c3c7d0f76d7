/* prog.c's static scale in a file of another name, alone: it maps.  */
static int scale = 3;
int counter;
const int limit = 10;

int
main (void)
{
  return scale + counter + limit;
}
